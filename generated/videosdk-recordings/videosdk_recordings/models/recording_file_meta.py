# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingFileMeta")


@_attrs_define
class RecordingFileMeta:
    """Media facts probed from the file.

    Example:
        {'resolution': {'width': 1920, 'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}

    Attributes:
        resolution (Resolution | Unset): Video resolution in pixels. Example: {'width': 1920, 'height': 1080}.
        format_ (str | Unset): Container format list as reported by the prober (`mp3` for merged audio). Example:
            mov,mp4,m4a,3gp,3g2,mj2.
        duration (float | Unset): Duration in seconds. Example: 55.055.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    resolution: Resolution | Unset = UNSET
    format_: str | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.to_dict()

        format_ = self.format_

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if format_ is not UNSET:
            field_dict["format"] = format_
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _resolution = d.pop("resolution", UNSET)
            resolution: Resolution | Unset
            if isinstance(_resolution, Unset):
                resolution = UNSET
            else:
                resolution = Resolution.from_dict(_resolution)

            format_ = d.pop("format", UNSET)

            duration = d.pop("duration", UNSET)

            if not (
                (format_.__class__ is str or format_ is UNSET)
                and ((duration.__class__ is float or duration.__class__ is int) or duration is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_file_meta = cls(
                resolution,
                format_,
                duration,
            )

            recording_file_meta.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_file_meta

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
from ..models.resolution import Resolution  # noqa: E402

RecordingFileMeta.__shape__ = (
    ("resolution", False, Resolution, False),
    ("format", False, "str", False),
    ("duration", False, "float", False),
)
