use status_core::HttpStatusError;

#[derive(HttpStatusError)]
union U {
    a: u32,
    b: f32,
}

fn main() {}
