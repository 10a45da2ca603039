// The files panel and the mapping editor: what the view keeps between frames.
#pragma once

#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

class FilesPanel {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Editor {
        bool open = false;
        bool just_opened = false;
        std::size_t index = 0;
        std::string name;
        int kind = -1;                       // index in the list of kinds with columns
        std::vector<std::string> headers;    // the file's headers
        std::vector<std::string> canonical;  // what each is read as ("" not used)
        std::vector<std::string> why;        // why CreatorScope read it so
        int platform = 0;                    // index in editor_platforms(): 0 is "as found"
        std::string found_platform;          // what CreatorScope found, for that choice's label
    };
    void open_editor(const InputInfo& input, std::size_t index);
    void draw_editor(Actions& actions, float scale);
    void draw_editor_table(float scale);
    void draw_editor_buttons(Actions& actions);
    Editor editor_;
};

}  // namespace creatorscope::web
