#pragma once
// Whole files in and out of the commands.
#include <filesystem>
#include <string>

namespace regiotwin {

// A file's bytes; throws InputError naming the file when it cannot be read.
std::string read_text_file(const std::filesystem::path& file);

// One output file of a command, written beside its target and renamed into place, so that the file
// is complete or not there (an earlier one stays as it was). "-" is standard output.
void write_output_file(const std::filesystem::path& file, const std::string& content);

}  // namespace regiotwin
