package uk.consultation.reporting.figures;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's command to recompute every consultation's figures from the log, and how it is going. */
@RestController
@RequestMapping(RebuildController.PATH)
class RebuildController {

    static final String PATH = "/api/v1/figures/rebuild";

    private final FiguresRebuild rebuild;

    RebuildController(FiguresRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** 202 with the status to follow; 409 while a rebuild is running. */
    @PostMapping
    ResponseEntity<FiguresRebuild.RebuildStatus> start() {
        return rebuild.start()
                .map(status -> ResponseEntity.accepted().location(URI.create(PATH)).body(status))
                .orElseThrow(() -> Problems.of(HttpStatus.CONFLICT, "A rebuild of the figures is already running"));
    }

    @GetMapping
    FiguresRebuild.RebuildStatus status() {
        return rebuild.status();
    }
}
