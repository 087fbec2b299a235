//! Shapes an adversarial reading found: field names from a `macro_rules!` caller, recursive
//! generic transparent variants, `where Self: ...` clauses, higher-ranked bounds, deprecated
//! items, names that collide with the expansion's own, and user crates that forbid lints the
//! expansion could trip.
#![forbid(dead_code, non_camel_case_types, unused)]
#![deny(warnings)]

use status_core::HttpStatusError;
use status_core_tests::{assert_response, respond, TEXT_PLAIN as TEXT};

/// Fields whose names come from the macro's caller.
macro_rules! error_with_field {
    ($name:ident, $f:ident) => {
        #[derive(Debug, HttpStatusError)]
        pub enum $name {
            #[status(404, message("no request {}", .$f))]
            Missing {
                #[status(header = "x-request-id")]
                $f: u64,
            },
        }
    };
}

error_with_field!(FromMacro, request_id);

#[test]
fn field_names_from_a_macro_caller() {
    assert_response(
        &respond(FromMacro::Missing { request_id: 7 }),
        404,
        &[TEXT, ("x-request-id", "7")],
        "no request 7",
    );
}

/// A generic recursive transparent variant: no bound that would need the impl being defined.
#[derive(Debug, HttpStatusError)]
pub enum Rec<T: std::fmt::Display> {
    #[status(400, message = "bad {0}")]
    Leaf(T),
    #[status(transparent)]
    Again(Box<Rec<T>>),
}

#[test]
fn recursive_generic_transparent() {
    let error = Rec::Again(Box::new(Rec::Again(Box::new(Rec::Leaf(5)))));
    assert_response(&respond(error), 400, &[TEXT], "bad 5");
}

/// `Self` in the type's where clause means the type, not the response it converts to.
#[derive(Debug, HttpStatusError)]
pub enum SelfBound<T>
where
    Self: std::fmt::Display,
    T: std::fmt::Debug,
{
    #[status(404)]
    Missing(T),
}

impl<T: std::fmt::Debug> std::fmt::Display for SelfBound<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let SelfBound::Missing(inner) = self;
        write!(f, "missing {inner:?}")
    }
}

#[test]
fn where_self_is_the_type() {
    assert_response(&respond(SelfBound::Missing(3)), 404, &[TEXT], "missing 3");
}

/// Higher-ranked bounds beside the ones the derive adds.
#[derive(Debug, HttpStatusError)]
pub enum Ranked<U>
where
    for<'x> &'x U: std::fmt::Display,
{
    #[status(409, message = "conflict on {0}")]
    Conflict(U),
}

#[test]
fn higher_ranked_where_clauses() {
    assert_response(&respond(Ranked::Conflict(7)), 409, &[TEXT], "conflict on 7");
}

/// Deprecated types and fields, a field named `_id`, a parameter named `__B`, constants named
/// like the expansion's locals.
#[deprecated = "use Current"]
#[derive(Debug, HttpStatusError)]
pub enum Old {
    #[status(410, message = "gone since {_id}")]
    Gone {
        #[deprecated = "no longer read"]
        _id: u32,
    },
}

#[derive(Debug, HttpStatusError)]
pub enum Named<__B: std::fmt::Display> {
    #[status(400, message = "bad {0}")]
    Bad(__B),
}

/// The expansion binds no local of its own beyond its parameters and the fields (`let` would
/// turn into a pattern against a constant of the same name), and its constants live in a
/// block of their own.
#[allow(non_upper_case_globals)]
mod collisions {
    use status_core::HttpStatusError;

    pub const __status: u16 = 1;
    pub const __body: u16 = 2;
    pub const __response: u16 = 3;
    pub const __problem: u16 = 4;
    pub const __B: u16 = 5;
    pub const HTTP_SHOULD: u16 = 6;
    pub const HttpShould: u16 = 7;
    pub const __STATUS_CORE_CONST_0: u16 = 8;

    /// A module of a short name a message argument reads, beside a problem+json head that
    /// aliases status-core's private module in its body.
    pub mod __p {
        pub const UNIT: &str = "s";
    }

    #[derive(Debug, HttpStatusError)]
    #[status(format = "problem+json")]
    pub enum Collide {
        #[status(429, message("slow {}{}", .0, __p::UNIT), retry_after = 3)]
        Slow(u32),
        #[status(dynamic, message = "custom")]
        Custom(#[status(code)] status_core::ErrorStatus),
    }

    /// A type a message argument names, which a variant's name would hide were the variants
    /// imported into the `match`.
    pub struct Limit;

    impl Limit {
        pub const MAX: u32 = 10;
    }

    #[derive(Debug, HttpStatusError)]
    pub enum Shadow {
        #[status(400, message("more than {} items", Limit::MAX))]
        Limit,
        #[status(404, message = "gone")]
        Gone,
    }

    pub fn all_used() -> u16 {
        __status
            + __body
            + __response
            + __problem
            + __B
            + HTTP_SHOULD
            + HttpShould
            + __STATUS_CORE_CONST_0
    }
}

#[test]
#[allow(deprecated)]
fn names_that_collide_with_the_expansion() {
    assert_response(&respond(Old::Gone { _id: 3 }), 410, &[TEXT], "gone since 3");
    assert_response(&respond(Named::Bad("x")), 400, &[TEXT], "bad x");
    assert_response(
        &respond(collisions::Collide::Slow(2)),
        429,
        &[
            ("content-type", "application/problem+json"),
            ("retry-after", "3"),
        ],
        r#"{"title":"Too Many Requests","status":429,"detail":"slow 2s"}"#,
    );
    assert_response(
        &respond(collisions::Shadow::Limit),
        400,
        &[TEXT],
        "more than 10 items",
    );
    assert_response(&respond(collisions::Shadow::Gone), 404, &[TEXT], "gone");
    assert_eq!(collisions::all_used(), 36);
}
