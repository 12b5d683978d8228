# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptSegment")


@_attrs_define
class TranscriptSegment:
    """One piece of spoken content.

    Example:
        {'text': "Good morning everyone, let's start with the project update.", 'duration': 3.42, 'userName': 'Speaker
            1'}

    Attributes:
        text (str): The spoken content. Example: Good morning everyone, let's start with the project update..
        duration (float | Unset): Duration of the spoken content, in seconds. Example: 3.42.
        user_name (str | Unset): The speaker's number, always `Speaker #` where `#` numbers the speaker. It is not the
            participant's
            name.
             Example: Speaker 1.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    text: str
    duration: float | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        duration = self.duration

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            text = d.pop("text")

            duration = d.pop("duration", UNSET)

            user_name = d.pop("userName", UNSET)

            if not (
                text.__class__ is str
                and ((duration.__class__ is float or duration.__class__ is int) or duration is UNSET)
                and (user_name.__class__ is str or user_name is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            transcript_segment = cls(
                text,
                duration,
                user_name,
            )

            transcript_segment.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return transcript_segment

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


TranscriptSegment.__shape__ = (
    ("text", True, "str", False),
    ("duration", False, "float", False),
    ("userName", False, "str", False),
)
