-- What a question trains (generator contract: detail, cause, consequence, purpose, stance, main_idea, evidence, inference, vocabulary, context).
ALTER TABLE "Question" ADD COLUMN "skill" TEXT;
