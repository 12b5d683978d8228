# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.stop_reason_code import StopReasonCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopReason")


@_attrs_define
class StopReason:
    """Why and by whom the recording was stopped.

    Example:
        {'reason': 'API_CALL', 'caller': {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id':
            'd61f6956-e68f-4375-bf10-c38a704d1bec'}}

    Attributes:
        reason (StopReasonCode | Unset): Why the recording stopped. Example: ALL_PEERS_LEFT.
        caller (RecordingCaller | Unset): Who started or stopped the recording: the App (`ORGANIZATION`) or a user
            (`USER`, then only `user_Id` and `name` are returned). Example: {'name': 'RealtimeKit_test', 'type':
            'ORGANIZATION', 'user_Id': 'd61f6956-e68f-4375-bf10-c38a704d1bec'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    reason: StopReasonCode | Unset = UNSET
    caller: RecordingCaller | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = StopReasonCode(self.reason).value

        caller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller, Unset):
            caller = self.caller.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _reason = d.pop("reason", UNSET)
            reason: StopReasonCode | Unset
            if isinstance(_reason, Unset):
                reason = UNSET
            else:
                reason = StopReasonCode.__by_value__.get(_reason_wire := _reason) or StopReasonCode(_reason_wire)

            _caller = d.pop("caller", UNSET)
            caller: RecordingCaller | Unset
            if isinstance(_caller, Unset):
                caller = UNSET
            else:
                caller = RecordingCaller.from_dict(_caller)

            stop_reason = cls(
                reason,
                caller,
            )

            stop_reason.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return stop_reason

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
from ..models.recording_caller import RecordingCaller  # noqa: E402

StopReason.__shape__ = (
    ("reason", False, StopReasonCode, False),
    ("caller", False, RecordingCaller, False),
)
