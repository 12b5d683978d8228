"""One recordings API across video vendors: ``Recordings`` / ``AsyncRecordings`` over every installed vendor package
(found through the ``recordings.vendors`` entry points, mapped by each spec's ``x-recordings``)."""

from ._async import AsyncRecordings
from ._common import NotReady, RecordingFailed
from ._merge import AsyncRecordingIterator, ListingFailed, RecordingIterator
from ._model import Recording, Status, VendorFailure, VendorInfo
from ._profile import PROFILE_ENV, default_profile_path
from ._sync import Recordings
from .errors import CapabilityError, RecordingsError, VendorNotConfigured

__version__ = "0.1.0"

__all__ = [
    "PROFILE_ENV",
    "AsyncRecordingIterator",
    "AsyncRecordings",
    "CapabilityError",
    "ListingFailed",
    "NotReady",
    "Recording",
    "RecordingFailed",
    "RecordingIterator",
    "Recordings",
    "RecordingsError",
    "Status",
    "VendorFailure",
    "VendorInfo",
    "VendorNotConfigured",
    "__version__",
    "default_profile_path",
]
