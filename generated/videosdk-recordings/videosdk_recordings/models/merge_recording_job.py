# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeRecordingJob")


@_attrs_define
class MergeRecordingJob:
    """Answer of createMergeRecording.

    Example:
        {'message': 'Merge recording job started successfully.', 'recording': {'id': 'abcd-abcd-abcd-abcd-abcd',
            'channel1': [{'recordingId': '6847c2d12abe9a2807e42684', 'participantId': 'abcd'}, {'recordingId':
            '6847c2d82abe9a2807e42686', 'participantId': 'abcd2'}], 'channel2': [{'recordingId': '6847c34e2abe9a2807e42688',
            'participantId': 'abcd3'}, {'recordingId': '6847c35e2abe9a2807e4268a', 'participantId': 'abcd4'}], 'start':
            '2025-06-10T05:45:02.730Z', 'status': 'running', 'meetingId': 'abc-abc-abc', 'sessionId':
            '6847c231fbaa8b416bc87014'}}

    Attributes:
        message (str | Unset): Confirmation text. Example: Merge recording job started successfully..
        recording (MergeRecording | Unset): A 2-channel audio merge job and, once completed, its output file. Example:
            {'id': 'abcd-abcd-abcd-abcd-abcd', 'channel1': [{'recordingId': '68468e4792579a9d01e6c980', 'participantId':
            'abcd'}, {'recordingId': '68468e5092579a9d01e6c982', 'participantId': 'abcd2'}], 'channel2': [{'recordingId':
            '68468e5592579a9d01e6c984', 'participantId': 'abcd3'}], 'start': '2025-06-09T10:36:05.896Z', 'end':
            '2025-06-09T10:36:43.022Z', 'status': 'completed', 'meetingId': 'roye-pqdd-wbfl', 'sessionId':
            '68468e1e999064b94e7691fc', 'file': {'meta': {'format': 'mp3', 'duration': 58}, 'filePath':
            'merges/6846b93beabde2b7cbf44bb2.mp3', 'type': 'audio', 'size': 986349, 'ratio': {'audio': 16905.749},
            'userStorage': None, 'createdAt': '2025-06-09T10:36:43.018Z', 'updatedAt': '2025-06-09T10:36:43.018Z',
            'fileUrl': 'https://cdn.videosdk.live/merges/6846b93beabde2b7cbf44bb2.mp3', 'id': '6846b93beabde2b7cbf44bb2'}}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    message: str | Unset = UNSET
    recording: MergeRecording | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        recording: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording, Unset):
            recording = self.recording.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if recording is not UNSET:
            field_dict["recording"] = recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            message = d.pop("message", UNSET)

            _recording = d.pop("recording", UNSET)
            recording: MergeRecording | Unset
            if isinstance(_recording, Unset):
                recording = UNSET
            else:
                recording = MergeRecording.from_dict(_recording)

            if not (message.__class__ is str or message is UNSET):
                raise ModelParseError(cls, src_dict)
            merge_recording_job = cls(
                message,
                recording,
            )

            merge_recording_job.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return merge_recording_job

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
from ..models.merge_recording import MergeRecording  # noqa: E402

MergeRecordingJob.__shape__ = (
    ("message", False, "str", False),
    ("recording", False, MergeRecording, False),
)
