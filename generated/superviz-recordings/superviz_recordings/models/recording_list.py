# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
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
    """One page of recordings in SuperViz's pagination envelope. When the server answers a bare array (as the
    docs' example shows), the client puts it in `data` and leaves `pagination` unset.

        Example:
            {'pagination': {'page': 1, 'totalPages': 1, 'limit': 10, 'total': 2}, 'data': [{'uuid':
                '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'url': 'https://sdk-meeting-recording-
                mediapipelineconcatbucketeb1-riktmr42rnzq.s3.amazonaws.com/ff72aac6-ca39-42a4-a064-5caabc693811/composited-video
                /687b94f9-baa9-4466-80a6-
                c3974bd2e22e.mp4?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1732103867&Signature=bWq2s1WEIj%2BYdj3Xexample%3D',
                'status': 'processing', 'meetingId': 'cfcccfb3-8b43-4070-a43b-15f77a7d2713', 'roomId': 'DEMO_ROOM', 'createdAt':
                '2024-11-19T12:29:01.814Z'}, {'uuid': '9b2e4f1a-3c5d-4e6f-8a7b-0c1d2e3f4a5b', 'url': 'https://sdk-meeting-
                recording-
                mediapipelineconcatbucketeb1-riktmr42rnzq.s3.amazonaws.com/ff72aac6-ca39-42a4-a064-5caabc693811/composited-video
                /1f0e2d3c-4b5a-4968-8776-
                a5b4c3d2e1f0.mp4?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1732103867&Signature=Zk8x3LmPq7Rt%2Fexample%3D',
                'status': 'available', 'meetingId': 'cfcccfb3-8b43-4070-a43b-15f77a7d2713', 'roomId': 'DEMO_ROOM', 'createdAt':
                '2024-11-19T12:05:44.120Z'}]}

        Attributes:
            data (list[Recording]): The recordings on this page.
            pagination (Pagination | Unset): SuperViz's pagination block (the same on every paginated endpoint). Example:
                {'page': 1, 'totalPages': 1, 'limit': 10, 'total': 2}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: list[Recording]
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = Recording.from_dict(data_item_data)

                data.append(data_item)

            _pagination = d.pop("pagination", UNSET)
            pagination: Pagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = Pagination.from_dict(_pagination)

            recording_list = cls(
                data,
                pagination,
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
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ("apiKey",))


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.pagination import Pagination  # noqa: E402
from ..models.recording import Recording  # noqa: E402

RecordingList.__shape__ = (
    ("data", True, ("list", Recording), False),
    ("pagination", False, Pagination, False),
)
