use super::RetryAfterValue;
use std::time::{Duration, SystemTime};

/// A `Retry-After` value (RFC 9110 §10.2.3), which status-core writes: a delay in seconds or
/// a time.
///
/// - `Seconds(n)` is sent as `n`, exactly, `u64::MAX` included: delay-seconds are any run of
///   digits.
/// - `Date(time)` is sent as an IMF-fixdate (RFC 9110 §5.6.7, through `httpdate`), rounded up
///   to the whole second so that the client never retries before `time`. A time before 1970
///   is long past, which is what `0` says: it is sent as `0`. A time after the end of the year
///   9999 has no IMF-fixdate: it is sent as the seconds from now until then.
///
/// A `Duration` converts rounded up to the whole second, saturating at `u64::MAX` seconds.
///
/// ```
/// use status_core::field::RetryAfter;
/// use std::time::{Duration, UNIX_EPOCH};
///
/// assert_eq!(RetryAfter::from(Duration::from_millis(1500)), RetryAfter::Seconds(2));
/// assert_eq!(RetryAfter::from(Duration::MAX), RetryAfter::Seconds(u64::MAX));
/// let time = UNIX_EPOCH + Duration::from_secs(784_111_777);
/// assert_eq!(RetryAfter::from(time), RetryAfter::Date(time));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// Retry after this many seconds.
    Seconds(u64),
    /// Retry after this time.
    Date(SystemTime),
}

impl From<u64> for RetryAfter {
    fn from(seconds: u64) -> Self {
        RetryAfter::Seconds(seconds)
    }
}

impl From<Duration> for RetryAfter {
    fn from(delay: Duration) -> Self {
        RetryAfter::Seconds(whole_seconds(delay))
    }
}

impl From<SystemTime> for RetryAfter {
    fn from(time: SystemTime) -> Self {
        RetryAfter::Date(time)
    }
}

impl RetryAfterValue for RetryAfter {
    fn retry_after(&self) -> Option<RetryAfter> {
        Some(*self)
    }
}

/// `duration` in seconds, rounded up, saturating at `u64::MAX`.
pub(crate) fn whole_seconds(duration: Duration) -> u64 {
    duration
        .as_secs()
        .saturating_add(u64::from(duration.subsec_nanos() > 0))
}
