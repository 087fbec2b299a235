//! `Retry-After`, RFC 9110 §10.2.3: delay-seconds, or an IMF-fixdate (§5.6.7) that exists and
//! whose day-name matches its date.

use super::cursor::Cursor;
use super::field::field_value;
use super::Check;

/// The date every IMF-fixdate message shows as the model to copy.
const IMF_EXAMPLE: &str = "Sun, 06 Nov 1994 08:49:37 GMT";

/// Day names in weekday order, Sunday first (the order `weekday` returns).
const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Checks delay-seconds, RFC 9110 §10.2.3: one or more digits, nothing else.
///
/// # Errors
///
/// When `s` is empty or holds anything but ASCII digits (a sign, a decimal point, spaces).
pub fn delay_seconds(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(
            "expected delay-seconds, a whole number of seconds such as `120` (RFC 9110 §10.2.3)"
                .to_owned(),
        );
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{s}` is not delay-seconds: expected digits only, a whole number of seconds such as \
             `120` (RFC 9110 §10.2.3)"
        ));
    }
    Ok(())
}

/// Checks an IMF-fixdate, RFC 9110 §5.6.7, such as `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// Case-sensitive and exactly 29 characters; the date must exist and the day-name must match
/// it. The obsolete RFC 850 and asctime formats are refused: a sender writes IMF-fixdate only.
///
/// # Errors
///
/// On any departure from the format, an impossible date or a wrong day-name.
pub fn imf_fixdate(s: &str) -> Check {
    field_value(s)?;
    if s.is_empty() {
        return Err(format!(
            "expected an IMF-fixdate such as `{IMF_EXAMPLE}` (RFC 9110 §5.6.7)"
        ));
    }
    let fail = |reason: String| -> Check {
        Err(format!(
            "{reason}; a date is written as an IMF-fixdate such as `{IMF_EXAMPLE}` (RFC 9110 §5.6.7)"
        ))
    };
    if DAY_NAMES.iter().any(|d| s.starts_with(&format!("{d},"))) {
        return fail(format!("`{s}` is in the obsolete RFC 850 format"));
    }
    if DAYS.iter().any(|d| s.starts_with(&format!("{d} "))) {
        return fail(format!("`{s}` is in the obsolete asctime format"));
    }
    let mut c = Cursor::new(s);
    let day_name = c.take_while(|b| b.is_ascii_alphabetic());
    let Some(written) = DAYS.iter().position(|d| *d == day_name) else {
        return fail(format!(
            "`{s}` does not start with a day-name, `Mon` to `Sun` (case-sensitive)"
        ));
    };
    if !(c.eat(b',') && c.eat(b' ')) {
        return fail("the day-name must be followed by a comma and one space".to_owned());
    }
    let day = c.take_while(|b| b.is_ascii_digit());
    if day.len() != 2 {
        return fail(format!(
            "`{day}` is not a two-digit day of the month such as `06`"
        ));
    }
    if !c.eat(b' ') {
        return fail("expected one space after the day of the month".to_owned());
    }
    let month_name = c.take_while(|b| b.is_ascii_alphabetic());
    let Some(month) = MONTHS.iter().position(|m| *m == month_name) else {
        return fail(format!(
            "`{month_name}` is not a month: expected `Jan` to `Dec` (case-sensitive)"
        ));
    };
    if !c.eat(b' ') {
        return fail("expected one space after the month".to_owned());
    }
    let year = c.take_while(|b| b.is_ascii_digit());
    if year.len() != 4 {
        return fail(format!(
            "`{year}` is not a year: expected four digits, as in `1994`"
        ));
    }
    if !c.eat(b' ') {
        return fail("expected one space after the year".to_owned());
    }
    let time = c.take_while(|b| b.is_ascii_digit() || b == b':');
    let parts: Vec<&str> = time.split(':').collect();
    let [hour, minute, second] = parts.as_slice() else {
        return fail(format!(
            "`{time}` is not a time of day: expected `hh:mm:ss`, as in `08:49:37`"
        ));
    };
    if [hour, minute, second].iter().any(|p| p.len() != 2) {
        return fail(format!(
            "`{time}` is not a time of day: expected `hh:mm:ss`, as in `08:49:37`"
        ));
    }
    for (part, name, max) in [
        (hour, "hour", 23),
        (minute, "minute", 59),
        (second, "second", 60),
    ] {
        if number(part) > max {
            return fail(format!(
                "{name} `{part}` is out of range: expected 00 to {max}"
            ));
        }
    }
    if !c.eat(b' ') || c.rest() != "GMT" {
        return fail(format!(
            "the time must be followed by one space and `GMT`, found `{}`",
            c.rest()
        ));
    }
    let (day_n, month_n, year_n) = (number(day), month + 1, number(year));
    if day_n == 0 || day_n > days_in_month(year_n, month_n) {
        return fail(format!("`{day} {month_name} {year}` does not exist"));
    }
    let actual = weekday(year_n, month_n, day_n);
    if actual != written {
        let right = DAYS.get(actual).copied().unwrap_or("");
        return Err(format!(
            "`{day_name}` is the wrong day-name: {day} {month_name} {year} is a {}, so write \
             `{right}{}` (RFC 9110 §5.6.7)",
            DAY_NAMES.get(actual).copied().unwrap_or(""),
            s.get(3..).unwrap_or("")
        ));
    }
    Ok(())
}

/// Checks a `Retry-After` value, RFC 9110 §10.2.3: delay-seconds or an IMF-fixdate.
///
/// # Errors
///
/// When `s` is neither; a value that starts like one of them gets that one's message.
pub fn retry_after(s: &str) -> Check {
    field_value(s)?;
    match s.bytes().next() {
        Some(b) if b.is_ascii_digit() => delay_seconds(s),
        Some(b) if b.is_ascii_alphabetic() => imf_fixdate(s),
        Some(_) => Err(format!(
            "`{s}` is neither delay-seconds such as `120` nor an IMF-fixdate such as \
             `{IMF_EXAMPLE}` (RFC 9110 §10.2.3)"
        )),
        None => Err(format!(
            "expected delay-seconds such as `120` or an IMF-fixdate such as `{IMF_EXAMPLE}` \
             (RFC 9110 §10.2.3)"
        )),
    }
}

/// The value of a run of ASCII digits (at most four here, so no overflow).
fn number(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

fn days_in_month(year: u32, month: usize) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day of the week, 0 = Sunday, of a proleptic Gregorian date (days-from-civil).
fn weekday(year: u32, month: usize, day: u32) -> usize {
    let month = i64::try_from(month).unwrap_or(1);
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    // 1970-01-01 was a Thursday
    usize::try_from((days + 4).rem_euclid(7)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn delay_seconds_and_retry_after() {
        assert_eq!(delay_seconds("120"), Ok(()));
        assert_eq!(delay_seconds("0"), Ok(()));
        assert_eq!(
            err(delay_seconds("1.5")),
            "`1.5` is not delay-seconds: expected digits only, a whole number of seconds such as \
             `120` (RFC 9110 §10.2.3)"
        );
        for bad in ["", "-1", "+1", "1 2", "a"] {
            assert!(delay_seconds(bad).is_err(), "{bad}");
        }
        assert_eq!(retry_after("120"), Ok(()));
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT"), Ok(()));
        assert_eq!(
            err(retry_after("-1")),
            "`-1` is neither delay-seconds such as `120` nor an IMF-fixdate such as \
             `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §10.2.3)"
        );
        assert!(err(retry_after("12s")).contains("delay-seconds"));
        assert!(err(retry_after("soon")).contains("IMF-fixdate"));
        assert!(retry_after("").is_err());
    }

    #[test]
    fn imf_fixdates() {
        for ok in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Tue, 29 Feb 2000 23:59:60 GMT",
            "Thu, 29 Feb 2024 12:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Sat, 01 Jan 0000 00:00:00 GMT",
        ] {
            assert_eq!(imf_fixdate(ok), Ok(()), "{ok}");
        }
        let tail =
            "; a date is written as an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7)";
        assert_eq!(
            err(imf_fixdate("Mon, 06 Nov 1994 08:49:37 GMT")),
            format!(
                "`Mon` is the wrong day-name: 06 Nov 1994 is a Sunday, so write \
                 `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7)"
            )
        );
        assert_eq!(
            err(imf_fixdate("Sunday, 06-Nov-94 08:49:37 GMT")),
            format!("`Sunday, 06-Nov-94 08:49:37 GMT` is in the obsolete RFC 850 format{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sun Nov  6 08:49:37 1994")),
            format!("`Sun Nov  6 08:49:37 1994` is in the obsolete asctime format{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sat, 29 Feb 2100 00:00:00 GMT")),
            format!("`29 Feb 2100` does not exist{tail}")
        );
        assert_eq!(
            err(imf_fixdate("Sun, 06 Nov 1994 24:49:37 GMT")),
            format!("hour `24` is out of range: expected 00 to 23{tail}")
        );
        for bad in [
            "sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 gmt",
            "Sun, 06 Nov 1994 08:49:37 GMTX",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:60:37 GMT",
            "Sun, 06 Nov 1994 08:49:61 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Wed, 31 Apr 2024 00:00:00 GMT",
            "Sun, 06 Nov 1994",
            "Sun",
            "",
            "1994-11-06T08:49:37Z",
        ] {
            let e = err(imf_fixdate(bad));
            assert!(e.contains("IMF-fixdate such as"), "{bad}: {e}");
        }
    }
}
