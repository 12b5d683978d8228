# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.transcript_language import TranscriptLanguage

T = TypeVar("T", bound="CreateTranscriptRequest")


@_attrs_define
class CreateTranscriptRequest:
    """Which recording to transcribe, and in which language.

    Example:
        {'recordingId': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'language': 'en-US'}

    Attributes:
        recording_id (str): The recording's `uuid` from `GET /recording`. Example: 5323c958-ecbd-4358-b85d-0bf5b82d7f27.
        language (TranscriptLanguage): Language of the spoken content. Only `en-US` is supported for now. Example: en-
            US.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    recording_id: str
    language: TranscriptLanguage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        language = TranscriptLanguage(self.language).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            recording_id = d.pop("recordingId")

            language = TranscriptLanguage.__by_value__.get(_language_wire := d.pop("language")) or TranscriptLanguage(
                _language_wire
            )

            if not (recording_id.__class__ is str):
                raise ModelParseError(cls, src_dict)
            create_transcript_request = cls(
                recording_id,
                language,
            )

            create_transcript_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return create_transcript_request

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


CreateTranscriptRequest.__shape__ = (
    ("recordingId", True, "str", False),
    ("language", True, TranscriptLanguage, False),
)
