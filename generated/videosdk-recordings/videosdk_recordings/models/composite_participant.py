# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
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
        kind (list[TrackKind] | TrackKind | Unset): Track kind(s) of this participant to include (all when omitted): one
            kind, as the docs' sample sends
            (`"video"`), or a list of kinds, as the official server SDK sends (`["audio", "video"]`).
             Example: ['audio', 'video'].
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    participant_id: str
    kind: list[TrackKind] | TrackKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        kind: list[str] | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, TrackKind):
            kind = TrackKind(self.kind).value
        else:
            kind = []
            for kind_type_1_item_data in self.kind:
                kind_type_1_item = TrackKind(kind_type_1_item_data).value
                kind.append(kind_type_1_item)

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
        try:
            d = dict(src_dict)
            participant_id = d.pop("participantId")

            def _parse_kind(data: object) -> list[TrackKind] | TrackKind | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    kind_type_0 = TrackKind.__by_value__.get(_kind_type_0_wire := data) or TrackKind(_kind_type_0_wire)

                    return kind_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                kind_type_1 = []
                _kind_type_1 = data
                for kind_type_1_item_data in _kind_type_1:
                    kind_type_1_item = TrackKind.__by_value__.get(
                        _kind_type_1_item_wire := kind_type_1_item_data
                    ) or TrackKind(_kind_type_1_item_wire)

                    kind_type_1.append(kind_type_1_item)

                return kind_type_1

            kind = _parse_kind(d.pop("kind", UNSET))

            if not (participant_id.__class__ is str):
                raise ModelParseError(cls, src_dict)
            composite_participant = cls(
                participant_id,
                kind,
            )

            composite_participant.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
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


CompositeParticipant.__shape__ = (
    ("participantId", True, "str", False),
    ("kind", False, ("union", TrackKind, ("list", TrackKind)), False),
)
