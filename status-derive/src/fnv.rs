//! A hash map keyed by FNV-1a, for the strings the derive writes itself: the standard
//! library's `SipHash`, built unoptimized with the derive, took 1.9K instructions a lookup
//! (1.7M of the derive's run on a 300-variant enum with static headers, scripts/
//! expansion-cost.sh). Keys come from the derive, not from an adversary.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed by [`Fnv`].
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Indexed: an iterator's adapters are calls in an unoptimized build.
        let mut at = 0;
        while at < bytes.len() {
            self.0 = (self.0 ^ u64::from(bytes[at])).wrapping_mul(0x0100_0000_01b3);
            at += 1;
        }
    }
}
