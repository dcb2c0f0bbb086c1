"""Where data repositories get nhanluc from: the values `nhanluc init` writes into the CI files.

The release process updates both constants (docs/ci.md, "Releasing"): `SOURCE_REVISION` is the
full commit id of the release, since the project publishes no tags yet and pre-commit needs an
immutable `rev:`; an installed package cannot know its own commit, so it is written here.
`SOURCE_URL` is where the project's repository is published; until it is, it keeps the
placeholder docs/ci.md uses, and `nhanluc init`'s README says where to put the real address.
"""

SOURCE_URL = "https://YOUR-GIT-HOST/nhanluc"
# The commit that brought `nhanluc init` and its documentation: its hook matches .yml/.YAML and
# its nhanluc finds the plan at a repository's root, as `init` lays a repository out.
SOURCE_REVISION = "f230d680c0629a5170c64a5e299bd4e08d8081b8"
