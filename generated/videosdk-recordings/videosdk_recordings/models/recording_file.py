# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="RecordingFile")


@_attrs_define
class RecordingFile:
    """A stored recording file.

    Example:
        {'meta': {'resolution': {'width': 1920, 'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration':
            55.055}, 'filePath': 'uploads/videos/61d6e871d1617e097b41699b.mp4', 'size': 17023255, 'type': 'video',
            'userStorage': None, 'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt': '2022-01-28T10:48:57.573Z', 'ratio':
            {'1080': 309204.5227499773}, 'fileUrl': 'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4',
            'id': '61d6e871d1617e097b41699b'}

    Attributes:
        id (str | Unset): File id. Example: 61d6e871d1617e097b41699b.
        file_url (str | Unset): Download URL of the file (VideoSDK CDN, or the customer's storage). Example:
            https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4.
        file_path (str | Unset): Storage key of the file. Example: uploads/videos/61d6e871d1617e097b41699b.mp4.
        size (int | Unset): File size in bytes. Example: 17023255.
        type_ (str | Unset): Kind of file; `video` for room recordings and `audio` for merges in the published samples.
            Example: video.
        meta (RecordingFileMeta | Unset): Media facts probed from the file. Example: {'resolution': {'width': 1920,
            'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}.
        ratio (FileRatio | Unset): Map from a rendition (a vertical resolution such as `1080`, or `audio`) to a number.
            Example: {'1080': 309204.5227499773}.
        user_storage (None | Unset | UserStorage): Customer storage the file was written to; null when the file is in
            VideoSDK's storage.
        created_at (datetime.datetime | Unset): When the file record was created. Example: 2022-01-06T13:02:42.816Z.
        updated_at (datetime.datetime | Unset): When the file record was last updated. Example:
            2022-01-28T10:48:57.573Z.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str | Unset = UNSET
    file_url: str | Unset = UNSET
    file_path: str | Unset = UNSET
    size: int | Unset = UNSET
    type_: str | Unset = UNSET
    meta: RecordingFileMeta | Unset = UNSET
    ratio: FileRatio | Unset = UNSET
    user_storage: None | Unset | UserStorage = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_url = self.file_url

        file_path = self.file_path

        size = self.size

        type_ = self.type_

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.to_dict()

        user_storage: dict[str, Any] | None | Unset
        if isinstance(self.user_storage, Unset):
            user_storage = UNSET
        elif isinstance(self.user_storage, UserStorage):
            user_storage = self.user_storage.to_dict()
        else:
            user_storage = self.user_storage

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if meta is not UNSET:
            field_dict["meta"] = meta
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if user_storage is not UNSET:
            field_dict["userStorage"] = user_storage
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id", UNSET)

            file_url = d.pop("fileUrl", UNSET)

            file_path = d.pop("filePath", UNSET)

            size = d.pop("size", UNSET)

            type_ = d.pop("type", UNSET)

            _meta = d.pop("meta", UNSET)
            meta: RecordingFileMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = RecordingFileMeta.from_dict(_meta)

            _ratio = d.pop("ratio", UNSET)
            ratio: FileRatio | Unset
            if isinstance(_ratio, Unset):
                ratio = UNSET
            else:
                ratio = FileRatio.from_dict(_ratio)

            _user_storage = d.pop("userStorage", UNSET)
            user_storage: None | Unset | UserStorage
            if _user_storage is None or _user_storage is UNSET:
                user_storage = _user_storage
            else:
                user_storage_type_0 = UserStorage.from_dict(_user_storage)

                user_storage = user_storage_type_0

            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _fromisoformat(_created_at)

            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _fromisoformat(_updated_at)

            if not (
                (id.__class__ is str or id is UNSET)
                and (file_url.__class__ is str or file_url is UNSET)
                and (file_path.__class__ is str or file_path is UNSET)
                and (size.__class__ is int or size is UNSET)
                and (type_.__class__ is str or type_ is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_file = cls(
                id,
                file_url,
                file_path,
                size,
                type_,
                meta,
                ratio,
                user_storage,
                created_at,
                updated_at,
            )

            recording_file.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_file

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
from ..models.file_ratio import FileRatio  # noqa: E402
from ..models.recording_file_meta import RecordingFileMeta  # noqa: E402
from ..models.user_storage import UserStorage  # noqa: E402

RecordingFile.__shape__ = (
    ("id", False, "str", False),
    ("fileUrl", False, "str", False),
    ("filePath", False, "str", False),
    ("size", False, "int", False),
    ("type", False, "str", False),
    ("meta", False, RecordingFileMeta, False),
    ("ratio", False, FileRatio, False),
    ("userStorage", False, ("union", UserStorage, "null"), False),
    ("createdAt", False, "date-time", False),
    ("updatedAt", False, "date-time", False),
)
