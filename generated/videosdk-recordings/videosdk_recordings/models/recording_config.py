# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_mode import RecordingMode
from ..models.recording_orientation import RecordingOrientation
from ..models.recording_quality import RecordingQuality
from ..models.recording_theme import RecordingTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingConfig")


@_attrs_define
class RecordingConfig:
    """Composition of the room recording (`config`).

    Example:
        {'layout': {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme': 'DARK', 'mode': 'video-and-audio',
            'quality': 'high', 'orientation': 'landscape'}

    Attributes:
        layout (RecordingLayout | Unset): How participants are arranged in the recording. Example: {'type': 'GRID',
            'priority': 'SPEAKER', 'gridSize': 4}.
        theme (RecordingTheme | Unset): Colour theme of the built-in layouts. Example: DARK.
        mode (RecordingMode | Unset): Record video with audio, or audio only. Example: video-and-audio.
        quality (RecordingQuality | Unset): Output quality. Example: high.
        orientation (RecordingOrientation | Unset): Orientation of the output video. Example: landscape.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    layout: RecordingLayout | Unset = UNSET
    theme: RecordingTheme | Unset = UNSET
    mode: RecordingMode | Unset = UNSET
    quality: RecordingQuality | Unset = UNSET
    orientation: RecordingOrientation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = RecordingTheme(self.theme).value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = RecordingMode(self.mode).value

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = RecordingQuality(self.quality).value

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = RecordingOrientation(self.orientation).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if layout is not UNSET:
            field_dict["layout"] = layout
        if theme is not UNSET:
            field_dict["theme"] = theme
        if mode is not UNSET:
            field_dict["mode"] = mode
        if quality is not UNSET:
            field_dict["quality"] = quality
        if orientation is not UNSET:
            field_dict["orientation"] = orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _layout = d.pop("layout", UNSET)
            layout: RecordingLayout | Unset
            if isinstance(_layout, Unset):
                layout = UNSET
            else:
                layout = RecordingLayout.from_dict(_layout)

            _theme = d.pop("theme", UNSET)
            theme: RecordingTheme | Unset
            if isinstance(_theme, Unset):
                theme = UNSET
            else:
                theme = RecordingTheme.__by_value__.get(_theme_wire := _theme) or RecordingTheme(_theme_wire)

            _mode = d.pop("mode", UNSET)
            mode: RecordingMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = RecordingMode.__by_value__.get(_mode_wire := _mode) or RecordingMode(_mode_wire)

            _quality = d.pop("quality", UNSET)
            quality: RecordingQuality | Unset
            if isinstance(_quality, Unset):
                quality = UNSET
            else:
                quality = RecordingQuality.__by_value__.get(_quality_wire := _quality) or RecordingQuality(
                    _quality_wire
                )

            _orientation = d.pop("orientation", UNSET)
            orientation: RecordingOrientation | Unset
            if isinstance(_orientation, Unset):
                orientation = UNSET
            else:
                orientation = RecordingOrientation.__by_value__.get(
                    _orientation_wire := _orientation
                ) or RecordingOrientation(_orientation_wire)

            recording_config = cls(
                layout,
                theme,
                mode,
                quality,
                orientation,
            )

            recording_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_config

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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.recording_layout import RecordingLayout  # noqa: E402

RecordingConfig.__shape__ = (
    ("layout", False, RecordingLayout, False),
    ("theme", False, RecordingTheme, False),
    ("mode", False, RecordingMode, False),
    ("quality", False, RecordingQuality, False),
    ("orientation", False, RecordingOrientation, False),
)
