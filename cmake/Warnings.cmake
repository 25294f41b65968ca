add_library(regiotwin_options INTERFACE)
target_compile_options(regiotwin_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
# Not -Wnull-dereference: GCC 12 reports false positives inside libstdc++ (std::streambuf).
if(REGIOTWIN_WERROR)
  target_compile_options(regiotwin_options INTERFACE -Werror)
endif()
if(REGIOTWIN_SANITIZE)
  target_compile_options(regiotwin_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(regiotwin_options INTERFACE -fsanitize=address,undefined)
endif()

# One helper per module keeps every src/<module>/CMakeLists.txt a few lines long.
function(regiotwin_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(regiotwin_${name} STATIC ${ARG_SOURCES})
  target_include_directories(regiotwin_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(regiotwin_${name} PUBLIC ${ARG_DEPS} PRIVATE regiotwin_options)
endfunction()
