// One creator's page: what the view keeps between frames.
#pragma once


#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

// The creator page's charts, for the Compare view too: the engagement rate of each post, and
// the follower history (each ends with why when there is nothing to draw).
void creator_rate_chart(const CreatorResult& c, ImVec2 size);
void creator_followers_chart(const CreatorResult& c, ImVec2 size);

// One creator's page, opened from the roster.
class CreatorPage {
public:
    void open(std::size_t index);
    void draw(const Engine& engine, float scale);
    bool is_open() const { return open_; }

private:
    std::size_t index_ = 0;
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
