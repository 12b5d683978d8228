# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_kind import TrackKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeParticipant")


@_attrs_define
class CompositeParticipant:
    """One participant of a composite recording.

    Example:
        {'participantId': 'abcd', 'kind': ['audio', 'video']}

    Attributes:
        participant_id (str): Id of the participant. Example: abcd.
        kind (list[TrackKind] | Unset): Track kinds of this participant to include (all when omitted). Example:
            ['audio', 'video'].
    """

    participant_id: str
    kind: list[TrackKind] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        kind: list[str] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = []
            for kind_item_data in self.kind:
                kind_item = TrackKind(kind_item_data).value
                kind.append(kind_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participantId": participant_id,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = d.pop("participantId")

        _kind = d.pop("kind", UNSET)
        kind: list[TrackKind] | Unset = UNSET
        if _kind is not UNSET:
            kind = []
            for kind_item_data in _kind:
                kind_item = TrackKind.__by_value__.get(_kind_item_wire := kind_item_data) or TrackKind(_kind_item_wire)

                kind.append(kind_item)

        composite_participant = cls(
            participant_id,
            kind,
        )

        composite_participant.additional_properties = d
        return composite_participant

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
