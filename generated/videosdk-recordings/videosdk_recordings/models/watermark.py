# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.watermark_type import WatermarkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Watermark")


@_attrs_define
class Watermark:
    """A watermark on a composite recording: a `custom` image or text, or a `pubsub` watermark fed by messages on
    a PubSub `topic`.

        Example:
            {'type': 'custom', 'imageUrl': 'https://www.example.com/logo.png'}

        Attributes:
            type_ (WatermarkType): Source of the watermark. Example: custom.
            image_url (str | Unset): URL of the watermark image. Example: https://www.example.com/logo.png.
            image_base_64 (str | Unset): The watermark image, base64-encoded. Example:
                iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==.
            text (str | Unset): Watermark text. Example: Confidential.
            timezone (str | Unset): Time zone for time-stamped watermark text. Example: Asia/Kolkata.
            topic (str | Unset): PubSub topic that feeds a `pubsub` watermark. Example: WATERMARK.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    type_: WatermarkType
    image_url: str | Unset = UNSET
    image_base_64: str | Unset = UNSET
    text: str | Unset = UNSET
    timezone: str | Unset = UNSET
    topic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = WatermarkType(self.type_).value

        image_url = self.image_url

        image_base_64 = self.image_base_64

        text = self.text

        timezone = self.timezone

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_base_64 is not UNSET:
            field_dict["imageBase64"] = image_base_64
        if text is not UNSET:
            field_dict["text"] = text
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            type_ = WatermarkType.__by_value__.get(_type__wire := d.pop("type")) or WatermarkType(_type__wire)

            image_url = d.pop("imageUrl", UNSET)

            image_base_64 = d.pop("imageBase64", UNSET)

            text = d.pop("text", UNSET)

            timezone = d.pop("timezone", UNSET)

            topic = d.pop("topic", UNSET)

            if not (
                (image_url.__class__ is str or image_url is UNSET)
                and (image_base_64.__class__ is str or image_base_64 is UNSET)
                and (text.__class__ is str or text is UNSET)
                and (timezone.__class__ is str or timezone is UNSET)
                and (topic.__class__ is str or topic is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            watermark = cls(
                type_,
                image_url,
                image_base_64,
                text,
                timezone,
                topic,
            )

            watermark.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return watermark

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


Watermark.__shape__ = (
    ("type", True, WatermarkType, False),
    ("imageUrl", False, "str", False),
    ("imageBase64", False, "str", False),
    ("text", False, "str", False),
    ("timezone", False, "str", False),
    ("topic", False, "str", False),
)
