use status_core::{Format, HttpStatusError, Problem};

struct Errors;

impl Format for Errors {
    const CONTENT_TYPE: &'static str = "json";

    fn render(problem: &Problem) -> String {
        problem.text().to_owned()
    }
}

#[derive(Debug, HttpStatusError)]
#[status(format = Errors)]
enum E {
    #[status(404, message = "no user")]
    NoUser,
}

fn main() {}
