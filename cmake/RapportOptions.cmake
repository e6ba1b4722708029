# Compile options shared by every Rapport target. Targets link rapport_options
# instead of touching CMAKE_CXX_FLAGS.
add_library(rapport_options INTERFACE)
add_library(Rapport::options ALIAS rapport_options)

target_compile_definitions(rapport_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RAPPORT_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(rapport_options INTERFACE /W4 /permissive- /utf-8)
    if(RAPPORT_WARNINGS_AS_ERRORS)
        target_compile_options(rapport_options INTERFACE /WX)
    endif()
else()
    target_compile_options(rapport_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    if(RAPPORT_WARNINGS_AS_ERRORS)
        target_compile_options(rapport_options INTERFACE -Werror)
    endif()
    if(RAPPORT_SANITIZE)
        target_compile_options(rapport_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(rapport_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
