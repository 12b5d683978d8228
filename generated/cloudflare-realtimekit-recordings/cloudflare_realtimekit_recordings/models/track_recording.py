# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="TrackRecording")


@_attrs_define
class TrackRecording:
    """The `data` of a started track recording.

    Example:
        {'recording': {'id': '5b1c7e2a-9d34-4f6b-8a21-c0e9f7d3b456', 'status': 'INVOKED', 'output_file_name': 'speaker',
            'invoked_time': '2025-06-12T09:31:00.000Z', 'started_time': None, 'stopped_time': None, 'session_id':
            '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url': None, 'audio_download_url': None, 'download_url_expiry':
            None, 'file_size': None}}

    Attributes:
        recording (Recording): A recording of a meeting. Every key marked required is always present, but many are
            `null` until the recording reaches the state that fills them (timestamps, session, download URLs, size).
            Example: {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'UPLOADED', 'output_file_name': 'weekly-
            sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z', 'started_time':
            '2025-06-12T09:30:04.512Z', 'stopped_time': '2025-06-12T10:15:04.870Z', 'recording_duration': 2700,
            'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.mp4', 'audio_download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.aac', 'download_url_expiry':
            '2025-06-19T10:20:00.000Z', 'file_size': 187654321}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    recording: Recording
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording = self.recording.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording": recording,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            recording = Recording.from_dict(d.pop("recording"))

            track_recording = cls(
                recording,
            )

            track_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return track_recording

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
from ..models.recording import Recording  # noqa: E402

TrackRecording.__shape__ = (("recording", True, Recording, False),)
