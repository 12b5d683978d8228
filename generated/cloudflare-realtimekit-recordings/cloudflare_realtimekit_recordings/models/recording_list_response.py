# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="RecordingListResponse")


@_attrs_define
class RecordingListResponse:
    """One page of recordings with its `paging` block.

    Example:
        {'success': True, 'data': [{'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'UPLOADED',
            'output_file_name': 'weekly-sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z',
            'started_time': '2025-06-12T09:30:04.512Z', 'stopped_time': '2025-06-12T10:15:04.870Z', 'recording_duration':
            2700, 'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.mp4', 'audio_download_url': None,
            'download_url_expiry': '2025-06-19T10:20:00.000Z', 'file_size': 187654321, 'storage_config': None, 'meeting':
            {'id': '97440c6a-140b-40a9-9499-b23fd7a3868a', 'title': 'Weekly sync', 'status': 'ACTIVE', 'created_at':
            '2025-06-01T08:00:00.000Z', 'updated_at': '2025-06-12T09:29:58.000Z'}}], 'paging': {'start_offset': 1,
            'end_offset': 1, 'total_count': 1}}

    Attributes:
        success (bool): Success status of the operation.
        data (list[RecordingListItem]):
        paging (Paging): Position of the page in the whole result: offsets of its first and last item (1-based in the
            official example) and the total number of matching recordings. Example: {'start_offset': 1, 'end_offset': 30,
            'total_count': 30}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    success: bool
    data: list[RecordingListItem]
    paging: Paging
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "paging": paging,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = RecordingListItem.from_dict(data_item_data)

                data.append(data_item)

            paging = Paging.from_dict(d.pop("paging"))

            if not (success.__class__ is bool):
                raise ModelParseError(cls, src_dict)
            recording_list_response = cls(
                success,
                data,
                paging,
            )

            recording_list_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_list_response

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
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.paging import Paging  # noqa: E402
from ..models.recording_list_item import RecordingListItem  # noqa: E402

RecordingListResponse.__shape__ = (
    ("success", True, "bool", False),
    ("data", True, ("list", RecordingListItem), False),
    ("paging", True, Paging, False),
)
