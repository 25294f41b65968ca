#pragma once
#include <chrono>

namespace regiotwin {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start);

// Ctrl-C and SIGTERM are recorded rather than ending the process, so that a command stops between
// two steps and leaves no half-written output; interrupted() tells whether one came.
void catch_interrupts();
bool interrupted();

// A one-line progress bar on a terminal, shown only once a run has taken a second.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  void update(int done, int total);
  void finish();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  double last_drawn_ = 0.0;  // seconds since start; redraw at most ten times a second
};

}  // namespace regiotwin
