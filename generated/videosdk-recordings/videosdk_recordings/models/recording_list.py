# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingList")


@_attrs_define
class RecordingList:
    """A page of room recordings.

    Example:
        {'pageInfo': {'currentPage': 1, 'perPage': 20, 'lastPage': 1, 'total': 1}, 'data': [{'id':
            '61d6e834e1326304a9e73dac', 'userId': '5f7edbb14c938bcd42944527', 'roomId': 'abc-xyzw-lmno', 'sessionId':
            '61d6e823783d6b03a026ac05', 'createdAt': '2022-01-06T13:01:40.814Z', 'updatedAt': '2022-01-06T13:02:42.935Z',
            'fileId': '61d6e871d1617e097b41699b', 'file': {'id': '61d6e871d1617e097b41699b', 'fileUrl':
            'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4', 'filePath':
            'uploads/videos/61d6e871d1617e097b41699b.mp4', 'size': 17023255, 'type': 'video', 'userStorage': None, 'meta':
            {'resolution': {'width': 1920, 'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055},
            'ratio': {'1080': 309204.5227499773}, 'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt':
            '2022-01-28T10:48:57.573Z'}}]}

    Attributes:
        page_info (PageInfo | Unset): Position of a page in a list; there is a next page while `currentPage < lastPage`.
            Example: {'currentPage': 1, 'perPage': 20, 'lastPage': 1, 'total': 1}.
        data (list[Recording] | Unset): The recordings on this page.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    page_info: PageInfo | Unset = UNSET
    data: list[Recording] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _page_info = d.pop("pageInfo", UNSET)
            page_info: PageInfo | Unset
            if isinstance(_page_info, Unset):
                page_info = UNSET
            else:
                page_info = PageInfo.from_dict(_page_info)

            _data = d.pop("data", UNSET)
            data: list[Recording] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = Recording.from_dict(data_item_data)

                    data.append(data_item)

            recording_list = cls(
                page_info,
                data,
            )

            recording_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """Like the attrs repr, but credentials never print: presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (),
            (
                "preSignedURL",
                "preSignedUrl",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.page_info import PageInfo  # noqa: E402
from ..models.recording import Recording  # noqa: E402

RecordingList.__shape__ = (
    ("pageInfo", False, PageInfo, False),
    ("data", False, ("list", Recording), False),
)
