//! The README and status-core's reference pages (`status_core::docs`, the markdown files under
//! `status-core/docs/`) agree where both speak: the README's rule table is the reference's, row
//! for row, and the README links every reference page, each of which `status_core::docs` includes.

use std::collections::BTreeSet;
use std::path::Path;

const README: &str = include_str!("../../README.md");
const RULES: &str = include_str!("../../status-core/docs/rules.md");
const MODULES: &str = include_str!("../../status-core/src/docs.rs");

/// Where docs.rs puts the reference pages; the README links to them there.
const DOCS_RS: &str = "https://docs.rs/status-core/latest/status_core/docs/";

/// The rows of the table of status codes: its header, its separator and one row per code.
fn code_table(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|line| !line.starts_with("| code | phrase |"))
        .take_while(|line| line.starts_with('|'))
        .collect()
}

#[test]
fn the_readme_rule_table_is_the_reference_one() {
    let readme = code_table(README);
    let reference = code_table(RULES);
    // 39 registered codes and 418, under a header and a separator.
    assert_eq!(readme.len(), 42, "the README's rule table: {readme:#?}");
    for (line, (ours, theirs)) in readme.iter().zip(&reference).enumerate() {
        assert_eq!(ours, theirs, "row {line} of the rule table differs");
    }
    assert_eq!(
        readme.len(),
        reference.len(),
        "the tables have different lengths"
    );
}

/// The pages the README links to on docs.rs, inline or by reference: `index` for the `docs`
/// module itself.
fn linked_pages() -> BTreeSet<&'static str> {
    README
        .match_indices(DOCS_RS)
        .map(|(at, _)| {
            let path = &README[at + DOCS_RS.len()..];
            let path = &path[..path.find([')', '\n']).unwrap_or(path.len())];
            match path {
                "index.html" => "index",
                _ => path
                    .strip_suffix("/index.html")
                    .unwrap_or_else(|| panic!("not a module page: {DOCS_RS}{path}")),
            }
        })
        .collect()
}

/// The markdown files under `status-core/docs/`, without `.md`.
fn page_files() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../status-core/docs");
    std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let page = name
                .strip_suffix(".md")
                .unwrap_or_else(|| panic!("status-core/docs/ holds the pages only, not {name}"));
            page.to_owned()
        })
        .collect()
}

/// The pages `status-core/src/docs.rs` includes.
fn included_pages() -> BTreeSet<&'static str> {
    const INCLUDE: &str = "include_str!(\"../docs/";
    MODULES
        .match_indices(INCLUDE)
        .map(|(at, _)| {
            let rest = &MODULES[at + INCLUDE.len()..];
            &rest[..rest.find(".md\")").expect("an included page is a .md file")]
        })
        .collect()
}

#[test]
fn the_readme_links_every_reference_page_and_each_exists() {
    let linked = linked_pages();
    let files = page_files();
    let files: BTreeSet<&str> = files.iter().map(String::as_str).collect();
    assert!(
        linked.contains("index") && linked.contains("rules"),
        "{linked:?}"
    );
    assert_eq!(
        linked, files,
        "pages the README links to, and the files under status-core/docs/"
    );
    assert_eq!(
        files,
        included_pages(),
        "the files, and the pages status-core/src/docs.rs includes"
    );
}
