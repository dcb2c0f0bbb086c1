"""Where data repositories get nhanluc from: the values `nhanluc init` writes into the CI files.

The release process updates both constants (docs/ci.md, "Releasing"): `SOURCE_REVISION` is the
full commit id of the release, since the project publishes no tags yet and pre-commit needs an
immutable `rev:`; an installed package cannot know its own commit, so it is written here.
`SOURCE_URL` is where the project's repository is published; until it is, it keeps the
placeholder docs/ci.md uses, and `nhanluc init`'s README says where to put the real address.
"""

SOURCE_URL = "https://YOUR-GIT-HOST/nhanluc"
# The first commit whose hook checks a data repository laid out as `nhanluc init` lays it out
# (the plan at the repository's root, `.yml` reports, W326).
SOURCE_REVISION = "8aa72a668fe9cc76155604f16a5a834e7e471f2b"
