# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionConfig")


@_attrs_define
class TranscriptionConfig:
    """Post-call transcription (and optional summary) of the recording.

    Example:
        {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized summary prompt'}}

    Attributes:
        enabled (bool | Unset): Transcribe the recording. Example: True.
        summary (SummaryConfig | Unset): AI summary of the transcription. Example: {'enabled': True, 'prompt': 'Your
            customized summary prompt'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    enabled: bool | Unset = UNSET
    summary: SummaryConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            enabled = d.pop("enabled", UNSET)

            _summary = d.pop("summary", UNSET)
            summary: SummaryConfig | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = SummaryConfig.from_dict(_summary)

            if not (enabled.__class__ is bool or enabled is UNSET):
                raise ModelParseError(cls, src_dict)
            transcription_config = cls(
                enabled,
                summary,
            )

            transcription_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return transcription_config

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
from ..models.summary_config import SummaryConfig  # noqa: E402

TranscriptionConfig.__shape__ = (
    ("enabled", False, "bool", False),
    ("summary", False, SummaryConfig, False),
)
