use std::ops::Deref;

/// A list with at least one element.
///
/// A field of `NonEmpty<Challenge>` always sends a challenge, so it alone answers the one a 401
/// or a 407 must carry, where a `Vec<Challenge>` may be empty; `NonEmpty<Method>` likewise
/// always sends an `Allow`. It is a `Vec` that starts with one element and only grows: it
/// dereferences to a slice, for `len`, `iter`, indexing and the rest.
///
/// ```
/// use status_core::{Challenge, HttpStatusError, NonEmpty};
///
/// let mut challenges = NonEmpty::new(Challenge::bearer("api"));
/// challenges.push(Challenge::basic("api"));
/// assert_eq!(challenges.len(), 2);
///
/// assert!(NonEmpty::<Challenge>::try_from(Vec::new()).is_err());
/// let one = NonEmpty::try_from(vec![Challenge::basic("staff")]).expect("one challenge");
/// assert_eq!(one, NonEmpty::from(Challenge::basic("staff")));
///
/// #[derive(Debug, HttpStatusError)]
/// #[status(401, message = "sign in")]
/// struct SignIn(#[status(www_authenticate)] NonEmpty<Challenge>);
///
/// let response = SignIn(challenges).to_response::<String>();
/// let lines: Vec<_> = response.headers().get_all("www-authenticate").iter().collect();
/// assert_eq!(lines, [r#"Bearer realm="api""#, r#"Basic realm="api""#]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NonEmpty<T>(Vec<T>);

impl<T> NonEmpty<T> {
    /// A list of one element.
    #[must_use]
    pub fn new(first: T) -> Self {
        NonEmpty(vec![first])
    }

    /// Adds `value` at the end.
    pub fn push(&mut self, value: T) {
        self.0.push(value);
    }

    /// The elements, in order; never empty.
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T> Deref for NonEmpty<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> AsRef<[T]> for NonEmpty<T> {
    fn as_ref(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<T> for NonEmpty<T> {
    fn from(first: T) -> Self {
        NonEmpty::new(first)
    }
}

impl<T> TryFrom<Vec<T>> for NonEmpty<T> {
    /// The empty `Vec`, given back.
    type Error = Vec<T>;

    /// The list, or the `Vec` back when it is empty.
    fn try_from(list: Vec<T>) -> Result<Self, Vec<T>> {
        if list.is_empty() {
            Err(list)
        } else {
            Ok(NonEmpty(list))
        }
    }
}

impl<T> From<NonEmpty<T>> for Vec<T> {
    fn from(list: NonEmpty<T>) -> Self {
        list.0
    }
}

impl<T> IntoIterator for NonEmpty<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a NonEmpty<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::NonEmpty;

    #[test]
    fn never_empty() {
        let mut list = NonEmpty::new(1);
        list.push(2);
        assert_eq!(list.as_slice(), [1, 2]);
        assert_eq!(list.iter().sum::<i32>(), 3);
        assert_eq!((&list).into_iter().count(), 2);
        assert_eq!(Vec::from(list.clone()), [1, 2]);
        assert_eq!(list.into_iter().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(NonEmpty::<i32>::try_from(Vec::new()), Err(Vec::new()));
        assert_eq!(NonEmpty::<i32>::try_from(vec![3]), Ok(NonEmpty::from(3)));
    }
}
