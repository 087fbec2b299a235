use status_core::field::RequiredChallenges;
use status_core::Challenge;

// A `Vec` may be empty and an `Option` may be `None`: alone, neither answers a 401's challenge.
fn required<T: RequiredChallenges + ?Sized>() {}

fn check() {
    required::<Option<Challenge>>();
    required::<Vec<Challenge>>();
    required::<[Challenge; 0]>();
}

fn main() {}
