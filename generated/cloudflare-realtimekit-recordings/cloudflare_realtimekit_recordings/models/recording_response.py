# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingResponse")


@_attrs_define
class RecordingResponse:
    """`{success, data}` envelope of start, get-one and pause/resume/stop.

    Example:
        {'success': True, 'data': {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'INVOKED',
            'output_file_name': 'weekly-sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z',
            'started_time': None, 'stopped_time': None, 'session_id': None, 'download_url': None, 'audio_download_url':
            None, 'download_url_expiry': None, 'file_size': None, 'recording_duration': 0, 'start_reason': {'reason':
            'API_CALL', 'caller': {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id':
            'd61f6956-e68f-4375-bf10-c38a704d1bec'}}, 'storage_config': {'type': 'aws', 'bucket': 'acme-recordings',
            'region': 'us-east-1', 'path': 'realtimekit/2025'}}}

    Attributes:
        success (bool): Success status of the operation. Default: True.
        data (RecordingDetails | Unset): A recording with why it started and stopped and where it is stored (the body of
            start, get-one and pause/resume/stop). Example: {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status':
            'UPLOADED', 'output_file_name': 'weekly-sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z',
            'started_time': '2025-06-12T09:30:04.512Z', 'stopped_time': '2025-06-12T10:15:04.870Z', 'recording_duration':
            2700, 'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.mp4', 'audio_download_url': None,
            'download_url_expiry': '2025-06-19T10:20:00.000Z', 'file_size': 187654321, 'start_reason': {'reason':
            'API_CALL', 'caller': {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id':
            'd61f6956-e68f-4375-bf10-c38a704d1bec'}}, 'stop_reason': {'reason': 'ALL_PEERS_LEFT'}, 'storage_config': None}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    success: bool = True
    data: RecordingDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            _data = d.pop("data", UNSET)
            data: RecordingDetails | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RecordingDetails.from_dict(_data)

            if not (success.__class__ is bool):
                raise ModelParseError(cls, src_dict)
            recording_response = cls(
                success,
                data,
            )

            recording_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_response

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
from ..models.recording_details import RecordingDetails  # noqa: E402

RecordingResponse.__shape__ = (
    ("success", True, "bool", False),
    ("data", False, RecordingDetails, False),
)
