use status_core::field::{ChallengeValue, RequiredChallenges};
use status_core::Challenge;

// Only status-core says which types can never be empty.
struct Always;

impl ChallengeValue for Always {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        challenge(&Challenge::basic("api"));
    }
}

impl RequiredChallenges for Always {}

fn main() {}
