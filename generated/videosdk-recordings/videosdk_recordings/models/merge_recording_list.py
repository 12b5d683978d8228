# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeRecordingList")


@_attrs_define
class MergeRecordingList:
    """A page of merge jobs (items under `recordings`).

    Example:
        {'pageInfo': {'currentPage': 1, 'perPage': 10, 'lastPage': 1, 'total': 2}, 'recordings': [{'id': 'abcd-abcd-
            abcd-abcd-abcd', 'sessionId': '6847c231fbaa8b416bc87014', 'status': 'completed', 'start':
            '2025-06-10T05:45:02.730Z', 'end': '2025-06-10T05:45:34.384Z', 'file': {'meta': {'format': 'mp3', 'duration':
            58}, 'filePath': 'merges/6846b93beabde2b7cbf44bb2.mp3', 'type': 'audio', 'size': 986349, 'ratio': {'audio':
            16905.749}, 'userStorage': None, 'createdAt': '2025-06-09T10:36:43.018Z', 'updatedAt':
            '2025-06-09T10:36:43.018Z', 'fileUrl': 'https://cdn.videosdk.live/merges/6846b93beabde2b7cbf44bb2.mp3', 'id':
            '6846b93beabde2b7cbf44bb2'}}]}

    Attributes:
        page_info (PageInfo | Unset): Position of a page in a list; there is a next page while `currentPage < lastPage`.
            Example: {'currentPage': 1, 'perPage': 20, 'lastPage': 1, 'total': 1}.
        recordings (list[MergeRecording] | Unset): The merge jobs on this page.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    page_info: PageInfo | Unset = UNSET
    recordings: list[MergeRecording] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        recordings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recordings, Unset):
            recordings = []
            for recordings_item_data in self.recordings:
                recordings_item = recordings_item_data.to_dict()
                recordings.append(recordings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if recordings is not UNSET:
            field_dict["recordings"] = recordings

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

            _recordings = d.pop("recordings", UNSET)
            recordings: list[MergeRecording] | Unset = UNSET
            if _recordings is not UNSET:
                recordings = []
                for recordings_item_data in _recordings:
                    recordings_item = MergeRecording.from_dict(recordings_item_data)

                    recordings.append(recordings_item)

            merge_recording_list = cls(
                page_info,
                recordings,
            )

            merge_recording_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return merge_recording_list

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
from ..models.merge_recording import MergeRecording  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402

MergeRecordingList.__shape__ = (
    ("pageInfo", False, PageInfo, False),
    ("recordings", False, ("list", MergeRecording), False),
)
