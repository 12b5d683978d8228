# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        type_ = WatermarkType.__by_value__.get(_type__wire := d.pop("type")) or WatermarkType(_type__wire)

        image_url = d.pop("imageUrl", UNSET)

        image_base_64 = d.pop("imageBase64", UNSET)

        text = d.pop("text", UNSET)

        timezone = d.pop("timezone", UNSET)

        topic = d.pop("topic", UNSET)

        watermark = cls(
            type_,
            image_url,
            image_base_64,
            text,
            timezone,
            topic,
        )

        watermark.additional_properties = d
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
