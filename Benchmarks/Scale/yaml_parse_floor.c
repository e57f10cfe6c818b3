/* The floor for any tool that reads annotation files: libyaml's event parse of every file
 * named on standard input (one path a line), on one core, doing nothing with the events.
 * Build: cc -O2 yaml_parse_floor.c $(pkg-config --cflags --libs yaml-0.1) -o yaml_parse_floor */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

int main(void) {
    char path[4096];
    long files = 0, events = 0, failures = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { failures++; continue; }
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_file(&parser, file);
        yaml_event_t event;
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        fclose(file);
        files++;
    }
    printf("%ld files, %ld events, %ld failures\n", files, events, failures);
    return 0;
}
