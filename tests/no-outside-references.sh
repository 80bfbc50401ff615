#!/bin/sh
# The repository stands on its own: no tracked file points at the team's notes outside it (the shared folder beside the
# checkout, the scoring or branch spec there). Someone who clones Jifen could not open such a file; what it says
# belongs in docs/. (The patterns below are written so that this script does not match itself.)
#
#   tests/no-outside-references.sh
set -eu
source_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$source_dir"
pattern='\.\.[/]shared|/work[/]shared|shared[/](scoring-spec|branch-spec|domain|house-style|toolchain)(\.md)?'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    found=$(git ls-files -z | xargs -0 grep -nIE "$pattern" -- 2>/dev/null || true)
else
    found=$(grep -rnIE "$pattern" --exclude-dir=.git --exclude-dir='build*' . || true)
fi
if [ -n "$found" ]; then
    echo "Tracked files point outside the repository (move what they need into docs/):"
    echo "$found"
    exit 1
fi
echo "No tracked file points outside the repository."
