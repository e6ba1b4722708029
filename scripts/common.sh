# Shared by scripts/demo and scripts/test. Installs missing system packages with apt,
# then configures and builds with a CMake preset, incrementally.
set -euo pipefail

RAPPORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

rapport_missing_packages() {
    local pkg missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done < "$RAPPORT_ROOT/scripts/packages.txt"
    echo "${missing[@]:-}"
}

rapport_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This script installs packages with apt (Debian 12 or Ubuntu 24.04). On other systems, install the packages in scripts/packages.txt yourself." >&2
        return 0
    fi
    local missing
    missing="$(rapport_missing_packages)"
    [[ -z "$missing" ]] && return 0
    echo "Installing missing system packages: $missing"
    local sudo=""
    if [[ "$(id -u)" != 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "Missing packages ($missing) and no sudo: run this script as root, or install them first." >&2
            exit 1
        fi
    fi
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

rapport_build() {
    local preset="$1"
    shift
    cd "$RAPPORT_ROOT"
    if [[ ! -f "build/$preset/CMakeCache.txt" ]]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" "$@"
}
