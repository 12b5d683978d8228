# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.interactive_config_type import InteractiveConfigType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractiveConfig")


@_attrs_define
class InteractiveConfig:
    """Adds timed metadata to the recording: digital markers inserted into the video that give contextual information at
    specific points. The ID3 tags carrying it are available to clients on the playback timeline in HLS format. The
    output files are generated in a compressed .tar format.

        Example:
            {'type': 'ID3'}

        Attributes:
            type_ (InteractiveConfigType | Unset): The metadata is presented in the form of ID3 tags.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    type_: InteractiveConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = InteractiveConfigType(self.type_).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _type_ = d.pop("type", UNSET)
            type_: InteractiveConfigType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = InteractiveConfigType.__by_value__.get(_type__wire := _type_) or InteractiveConfigType(
                    _type__wire
                )

            interactive_config = cls(
                type_,
            )

            interactive_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return interactive_config

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


InteractiveConfig.__shape__ = (("type", False, InteractiveConfigType, False),)
