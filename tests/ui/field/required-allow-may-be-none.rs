use http::Method;
use status_core::field::RequiredAllow;

// `None` sends no Allow at all, which a 405 must carry; an empty `Vec` sends an empty one.
fn required<T: RequiredAllow + ?Sized>() {}

fn check() {
    required::<Option<Vec<Method>>>();
}

fn main() {}
