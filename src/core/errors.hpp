#pragma once
// One small error hierarchy; main() maps each kind to its documented exit code (docs/exit-codes.md).
#include <stdexcept>
#include <string>

namespace regiotwin {

enum class ExitCode : int {
  ok = 0,
  internal = 1,    // a bug: please report it
  usage = 2,       // bad command line
  input = 3,       // a file could not be read or parsed
  validation = 4,  // a value read correctly but outside what the model accepts
  simulation = 5,  // the model could not run these inputs
  output = 6,      // results could not be written
  interrupted = 130,
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// Names where in a user's file the problem is: "file:line:column: field 'x': expected ..., got ...".
struct SourceLocation {
  std::string file;
  long line = 0;  // 1-based; 0 when the problem concerns the whole file
  std::string field;
  long column = 0;  // 1-based; 0 when not known (CSV names the field instead)
};

std::string describe(const SourceLocation& where, const std::string& what);

class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(ExitCode::input, message) {}
  InputError(const SourceLocation& where, const std::string& what) : Error(ExitCode::input, describe(where, what)) {}
};

class ValidationError : public Error {
 public:
  explicit ValidationError(const std::string& message) : Error(ExitCode::validation, message) {}
  ValidationError(const SourceLocation& where, const std::string& what)
      : Error(ExitCode::validation, describe(where, what)) {}
};

class SimulationError : public Error {
 public:
  explicit SimulationError(const std::string& message) : Error(ExitCode::simulation, message) {}
};

class OutputError : public Error {
 public:
  explicit OutputError(const std::string& message) : Error(ExitCode::output, message) {}
};

class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

}  // namespace regiotwin
