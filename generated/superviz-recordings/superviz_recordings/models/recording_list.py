# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecordingList")


@_attrs_define
class RecordingList:
    """One page of recordings in SuperViz's pagination envelope.

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
        pagination (Pagination): SuperViz's pagination block (the same on every paginated endpoint). Example: {'page':
            1, 'totalPages': 1, 'limit': 10, 'total': 2}.
        data (list[Recording]): The recordings on this page.
    """

    pagination: Pagination
    data: list[Recording]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Recording.from_dict(data_item_data)

            data.append(data_item)

        recording_list = cls(
            pagination,
            data,
        )

        recording_list.additional_properties = d
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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.pagination import Pagination  # noqa: E402
from ..models.recording import Recording  # noqa: E402
