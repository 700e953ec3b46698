# Turns a file into a C++ source defining `const char NAME[]` and `NAME_SIZE`, so data
# files (the default ontology, the HTML viewer) ship inside the binary.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=kSymbol -P embed.cmake
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
# Break the initializer into lines of 16 bytes for the compiler's sake.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed.cmake; do not edit.\n"
"#include <cstddef>\n"
"namespace negograph {\n"
"extern const char ${NAME}[];\n"
"extern const std::size_t ${NAME}Size;\n"
"const char ${NAME}[] = {\n${bytes}'\\0'};\n"
"const std::size_t ${NAME}Size = ${size};\n"
"}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
