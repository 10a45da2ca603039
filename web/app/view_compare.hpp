// The Compare view: two to four starred creators side by side (figures, scores with their
// parts, flags and a small chart each); what the view keeps between frames.
#pragma once

#include <vector>

#include "app/actions.hpp"
#include "creatorscope/shortlist.hpp"

namespace creatorscope::web {

class CompareView {
public:
    // Compares these creators (the shortlist when Compare was pressed).
    void open(std::vector<CreatorKey> creators);
    void draw(const Engine& engine, float scale);

private:
    std::vector<CreatorKey> keys_;
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
