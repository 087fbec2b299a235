// The pages are the markdown files under `docs/` in this crate: the reference has one source,
// inside the package, and its examples run as doctests.

#![doc = include_str!("../docs/index.md")]

pub mod attributes {
    #![doc = include_str!("../docs/attributes.md")]
}

pub mod fields {
    #![doc = include_str!("../docs/fields.md")]
}

pub mod values {
    #![doc = include_str!("../docs/values.md")]
}

pub mod formats {
    #![doc = include_str!("../docs/formats.md")]
}

pub mod rules {
    #![doc = include_str!("../docs/rules.md")]
}

pub mod frameworks {
    #![doc = include_str!("../docs/frameworks.md")]
}
