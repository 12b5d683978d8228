# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.on_failure_action import OnFailureAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="OnFailureConfig")


@_attrs_define
class OnFailureConfig:
    """What to do when the recording fails.

    Example:
        {'action': 'close-room', 'waitTime': 60}

    Attributes:
        action (OnFailureAction | Unset): Action taken when the recording fails (`close-room` ends the room). Example:
            close-room.
        wait_time (int | Unset): Seconds to wait before the action is taken. Default: 150. Example: 60.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    action: OnFailureAction | Unset = UNSET
    wait_time: int | Unset = 150
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = OnFailureAction(self.action).value

        wait_time = self.wait_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if wait_time is not UNSET:
            field_dict["waitTime"] = wait_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _action = d.pop("action", UNSET)
            action: OnFailureAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OnFailureAction.__by_value__.get(_action_wire := _action) or OnFailureAction(_action_wire)

            wait_time = d.pop("waitTime", UNSET)

            if not (wait_time.__class__ is int or wait_time is UNSET):
                raise ModelParseError(cls, src_dict)
            on_failure_config = cls(
                action,
                wait_time,
            )

            on_failure_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return on_failure_config

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


OnFailureConfig.__shape__ = (
    ("action", False, OnFailureAction, False),
    ("waitTime", False, "int", False),
)
