# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LivestreamingConfig")


@_attrs_define
class LivestreamingConfig:
    """Stream the recording out over RTMP.

    Example:
        {'rtmp_url': 'rtmp://a.rtmp.youtube.com/live2'}

    Attributes:
        rtmp_url (str | Unset): RTMP URL to stream to.
    """

    rtmp_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rtmp_url = self.rtmp_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtmp_url is not UNSET:
            field_dict["rtmp_url"] = rtmp_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rtmp_url = d.pop("rtmp_url", UNSET)

        livestreaming_config = cls(
            rtmp_url,
        )

        livestreaming_config.additional_properties = d
        return livestreaming_config

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
