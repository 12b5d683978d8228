# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_caller_type import RecordingCallerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingCaller")


@_attrs_define
class RecordingCaller:
    """Who started or stopped the recording: the App (`ORGANIZATION`) or a user (`USER`, then only `user_Id` and `name` are
    returned).

        Example:
            {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id': 'd61f6956-e68f-4375-bf10-c38a704d1bec'}

        Attributes:
            name (str | Unset): Name of the user who started or stopped the recording.
            type_ (RecordingCallerType | Unset): Whether the caller is the App (`ORGANIZATION`) or a user (`USER`).
            user_id (str | Unset): The user ID of the person who started or stopped the recording.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    name: str | Unset = UNSET
    type_: RecordingCallerType | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = RecordingCallerType(self.type_).value

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_Id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            name = d.pop("name", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: RecordingCallerType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RecordingCallerType.__by_value__.get(_type__wire := _type_) or RecordingCallerType(_type__wire)

            user_id = d.pop("user_Id", UNSET)

            if not ((name.__class__ is str or name is UNSET) and (user_id.__class__ is str or user_id is UNSET)):
                raise ModelParseError(cls, src_dict)
            recording_caller = cls(
                name,
                type_,
                user_id,
            )

            recording_caller.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_caller

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


RecordingCaller.__shape__ = (
    ("name", False, "str", False),
    ("type", False, RecordingCallerType, False),
    ("user_Id", False, "str", False),
)
